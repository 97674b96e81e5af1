// osc_filelocker posix|ofd|flock FILE
//
// A stand-in for another process holding a file (an antivirus scan, a backup agent, a
// server of the old files): opens FILE (creating it when missing), takes an exclusive lock
// of the given kind on the whole file, waiting for it if need be, prints "locked" on stdout,
// then keeps the lock until its stdin is closed or a line is read from it, and exits 0.
// Exit codes: 2 when the file cannot be opened or locked, 64 for a usage error.
// Plain POSIX on purpose: the tests need a process whose name (comm) is "osc_filelocker".

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

int fail(const char *what, const char *file)
{
    std::fprintf(stderr, "osc_filelocker: %s %s: %s\n", what, file, std::strerror(errno));
    return 2;
}

int lockWholeFile(int fd, int command)
{
    struct flock region = {};
    region.l_type = F_WRLCK;
    region.l_whence = SEEK_SET; // l_start = l_len = 0: the whole file; l_pid 0 for OFD locks
    int result = 0;
    do {
        result = ::fcntl(fd, command, &region);
    } while (result != 0 && errno == EINTR);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: osc_filelocker posix|ofd|flock FILE\n");
        return 64;
    }
    const char *kind = argv[1];
    const char *file = argv[2];
    const int fd = ::open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        return fail("cannot open", file);

    int result = 0;
    if (std::strcmp(kind, "posix") == 0) {
        result = lockWholeFile(fd, F_SETLKW);
    } else if (std::strcmp(kind, "ofd") == 0) {
        result = lockWholeFile(fd, F_OFD_SETLKW);
    } else if (std::strcmp(kind, "flock") == 0) {
        do {
            result = ::flock(fd, LOCK_EX);
        } while (result != 0 && errno == EINTR);
    } else {
        std::fprintf(stderr, "osc_filelocker: unknown lock kind '%s'\n", kind);
        return 64;
    }
    if (result != 0)
        return fail("cannot lock", file);

    std::fputs("locked\n", stdout);
    std::fflush(stdout);

    // Until end of file or the first newline.
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
    }
    ::close(fd); // releases the lock of every kind
    return 0;
}
