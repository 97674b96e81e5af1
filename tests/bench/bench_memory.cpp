// What touching memory costs on this machine: the first write to each new 4 KB page
// (a page fault), a write to a page already touched, and the first write to memory
// the kernel maps in 2 MB pages. On a virtual machine that maps guest memory on demand,
// a page fault costs far more than on hardware, and a run that fills 70 MB of caches and
// lists pays it 17,000 times (docs/benchmarks.md, "Fresh memory").
//
//   bench_memory [megabytes] [rounds]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/mman.h>

namespace {

// Writes one byte in each 4 KB page of [start, start + bytes); the time it took in ms.
double touchPages(char *start, size_t bytes)
{
    QElapsedTimer timer;
    timer.start();
    for (size_t at = 0; at < bytes; at += 4096)
        start[at] = 1;
    return double(timer.nsecsElapsed()) / 1e6;
}

char *mapAnonymous(size_t bytes)
{
    void *mapped = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        qFatal("mmap of %zu bytes failed", bytes);
    return static_cast<char *>(mapped);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const size_t megabytes = args.value(0, QStringLiteral("64")).toULong();
    const int rounds = args.value(1, QStringLiteral("3")).toInt();
    const size_t bytes = megabytes << 20;
    const double pages = double(bytes / 4096);
    QTextStream out(stdout);
    for (int round = 1; round <= rounds; ++round) {
        char *fresh = mapAnonymous(bytes);
        const double firstMs = touchPages(fresh, bytes);
        const double againMs = touchPages(fresh, bytes);
        munmap(fresh, bytes);

        char *huge = mapAnonymous(bytes);
        const bool advised = madvise(huge, bytes, MADV_HUGEPAGE) == 0;
        const double hugeMs = touchPages(huge, bytes);
        munmap(huge, bytes);

        out << QStringLiteral("round %1, %2 MB: first touch %3 ms (%4 us a 4 KB page), touched "
                              "again %5 ms, first touch with MADV_HUGEPAGE%6 %7 ms")
                   .arg(round)
                   .arg(megabytes)
                   .arg(firstMs, 0, 'f', 1)
                   .arg(firstMs * 1000 / pages, 0, 'f', 2)
                   .arg(againMs, 0, 'f', 1)
                   .arg(advised ? QString() : QStringLiteral(" (refused)"))
                   .arg(hugeMs, 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
