#include "curl_loader.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

// The libcurl functions used, resolved with dlsym.
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[256];

static void load(void) {
    // Debian's libcurl4 (OpenSSL) first; the GnuTLS build is an equal second choice.
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(load_error, sizeof load_error, "libcurl is not installed (install the libcurl4 package): %s", dlerror());
        return;
    }
#define FIND(field, symbol) \
    if (!(*(void **)&curl.field = dlsym(handle, symbol))) { \
        snprintf(load_error, sizeof load_error, "libcurl lacks %s", symbol); \
        return; \
    }
    FIND(global_init, "curl_global_init")
    FIND(easy_init, "curl_easy_init")
    FIND(easy_setopt, "curl_easy_setopt")
    FIND(easy_perform, "curl_easy_perform")
    FIND(easy_getinfo, "curl_easy_getinfo")
    FIND(easy_cleanup, "curl_easy_cleanup")
    FIND(easy_strerror, "curl_easy_strerror")
    FIND(slist_append, "curl_slist_append")
    FIND(slist_free_all, "curl_slist_free_all")
#undef FIND
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not start");
        curl.easy_init = NULL;
    }
}

int pamphlet_curl_load(char *error, size_t error_size) {
    pthread_once(&load_once, load);
    if (curl.easy_init && !load_error[0]) return 0;
    if (error && error_size) snprintf(error, error_size, "%s", load_error[0] ? load_error : "libcurl could not be loaded");
    return -1;
}

enum { body_limit = 64 * 1024 };

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    pamphlet_http_result *result = context;
    size_t length = size * count;
    size_t room = body_limit - result->body_length;
    size_t kept = length < room ? length : room;
    if (kept) {
        unsigned char *grown = realloc(result->body, result->body_length + kept);
        if (!grown) return 0;
        result->body = grown;
        memcpy(result->body + result->body_length, data, kept);
        result->body_length += kept;
    }
    return length;  // the rest is read and dropped: a reason is never that long
}

// Keeps Location, else Content-Location (a conditional create that matched answers 200 with it).
static size_t on_header(char *data, size_t size, size_t count, void *context) {
    pamphlet_http_result *result = context;
    size_t length = size * count;
    const char *names[] = {"location:", "content-location:"};
    for (int i = 0; i < 2; i++) {
        size_t name_length = strlen(names[i]);
        if (length > name_length && strncasecmp(data, names[i], name_length) == 0) {
            if (i == 1 && result->location[0]) break;
            const char *value = data + name_length;
            size_t value_length = length - name_length;
            while (value_length && (*value == ' ' || *value == '\t')) value++, value_length--;
            while (value_length && (value[value_length - 1] == '\r' || value[value_length - 1] == '\n')) value_length--;
            if (value_length >= sizeof result->location) value_length = sizeof result->location - 1;
            memcpy(result->location, value, value_length);
            result->location[value_length] = 0;
            break;
        }
    }
    // Each response (a 100 Continue first, say) starts again.
    if (length >= 5 && strncmp(data, "HTTP/", 5) == 0) result->location[0] = 0;
    return length;
}

int pamphlet_http_post(const char *url, const char *const *headers, size_t header_count,
                       const unsigned char *body, size_t body_length, const char *ca_file,
                       long connect_timeout_ms, long total_timeout_ms, const char *user_agent,
                       pamphlet_http_result *result) {
    memset(result, 0, sizeof *result);
    if (pamphlet_curl_load(result->error, sizeof result->error) != 0) return -1;
    CURL *handle = curl.easy_init();
    if (!handle) {
        snprintf(result->error, sizeof result->error, "libcurl could not start a transfer");
        return -1;
    }
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < header_count; i++) list = curl.slist_append(list, headers[i]);
    char error_buffer[CURL_ERROR_SIZE] = {0};
    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl.easy_setopt(handle, CURLOPT_POST, 1L);
    curl.easy_setopt(handle, CURLOPT_POSTFIELDS, (const char *)body);
    curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, list);
    curl.easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl.easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (ca_file) curl.easy_setopt(handle, CURLOPT_CAINFO, ca_file);
    curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, connect_timeout_ms);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, total_timeout_ms);
    // No signals: the timeouts must work without SIGALRM, in any thread.
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    // A loopback server (tests) is never reached through a proxy.
    curl.easy_setopt(handle, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1");
    curl.easy_setopt(handle, CURLOPT_USERAGENT, user_agent);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, result);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, result);
    CURLcode code = curl.easy_perform(handle);
    result->curl_code = (int)code;
    if (code == CURLE_OK) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result->status);
    } else {
        result->tls_problem = code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE
            || code == CURLE_SSL_CONNECT_ERROR || code == CURLE_SSL_CERTPROBLEM;
        snprintf(result->error, sizeof result->error, "%s", error_buffer[0] ? error_buffer : curl.easy_strerror(code));
    }
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);
    return code == CURLE_OK ? 0 : -1;
}

void pamphlet_http_free(pamphlet_http_result *result) {
    free(result->body);
    result->body = NULL;
    result->body_length = 0;
}
