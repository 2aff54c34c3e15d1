#ifndef PAMPHLET_CURL_LOADER_H
#define PAMPHLET_CURL_LOADER_H

#include <stddef.h>

// One HTTP POST through libcurl, which is loaded with dlopen on first use: the
// program links no libcurl, so commands that never send start as fast as before.
// curl_easy_setopt is variadic and so not callable from Swift; this wrapper is.

typedef struct {
    long status;              // HTTP status, 0 when no response came
    int curl_code;            // CURLcode, 0 on a completed exchange
    int tls_problem;          // 1 when the failure was the server's certificate
    char location[2048];      // Location (else Content-Location) header, "" when none
    char error[512];          // why it failed, "" on success
    unsigned char *body;      // response body (at most 64 KiB kept), malloc'd; free with pamphlet_http_free
    size_t body_length;
} pamphlet_http_result;

// Loads libcurl.so.4 once. 0 on success; else -1 with the reason in error.
int pamphlet_curl_load(char *error, size_t error_size);

// POSTs body to url with the given header lines. ca_file may be NULL (the system's
// certificate authorities). Never follows redirects; only http and https.
// Returns 0 when a response came (any status), -1 otherwise (see result->error).
int pamphlet_http_post(const char *url, const char *const *headers, size_t header_count,
                       const unsigned char *body, size_t body_length, const char *ca_file,
                       long connect_timeout_ms, long total_timeout_ms, const char *user_agent,
                       pamphlet_http_result *result);

void pamphlet_http_free(pamphlet_http_result *result);

#endif
