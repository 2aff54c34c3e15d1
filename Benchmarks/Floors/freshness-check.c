/*
 * The least a search cache keyed by the library's file sizes and modification
 * times must do before it may answer: list the library folder and stat every
 * article. Benchmarks/search-vs-fts5.sh times it beside `pamphlet search` and
 * sqlite3, which never looks at the articles once its database is built.
 *
 *   cc -O2 -o freshness-check freshness-check.c
 *   freshness-check LIBRARY-FOLDER
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: freshness-check LIBRARY-FOLDER\n");
        return 2;
    }
    DIR *folder = opendir(argv[1]);
    if (folder == NULL) {
        perror(argv[1]);
        return 1;
    }
    unsigned long long stamp = 0, count = 0;
    struct dirent *entry;
    while ((entry = readdir(folder)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (length < 4 || strcmp(entry->d_name + length - 3, ".md") != 0) continue;
        struct stat status;
        if (fstatat(dirfd(folder), entry->d_name, &status, 0) != 0) continue;
        stamp += (unsigned long long)status.st_size ^ (unsigned long long)status.st_mtim.tv_nsec;
        count++;
    }
    closedir(folder);
    printf("%llu articles, stamp %llx\n", count, stamp);
    return 0;
}
