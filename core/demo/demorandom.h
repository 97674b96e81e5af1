#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace osc::demo {

// A small pseudo-random generator with integer-only distributions, so that a seed
// gives the same numbers with every compiler and standard library: xoshiro256**
// seeded through splitmix64. std:: distributions are implementation-defined, which
// would make the demo factory differ from one machine to the next.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 state = seed;
        for (quint64 &word : m_state)
            word = splitMix64(state);
    }

    quint64 next()
    {
        const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound); bound > 0. Rejection keeps it exactly uniform.
    int below(int bound)
    {
        Q_ASSERT(bound > 0);
        const quint64 range = quint64(bound);
        const quint64 threshold = (0 - range) % range; // 2^64 mod range
        quint64 value = next();
        while (value < threshold)
            value = next();
        return int(value % range);
    }

    // Uniform in [low, high], inclusive.
    int between(int low, int high) { return low + below(high - low + 1); }

    // True with a probability of perMille / 1000.
    bool chance(int perMille) { return below(1000) < perMille; }

    // A Pareto-like size: starts in [minimum, 2 * minimum) and doubles while a coin
    // with probability doublePerMille / 1000 comes up, so most values are small and a
    // few are very large. The result is at most maximum (when minimum <= maximum).
    int heavyTail(int minimum, int maximum, int doublePerMille)
    {
        qint64 value = minimum + below(minimum);
        while (value * 2 <= maximum && chance(doublePerMille))
            value *= 2;
        value += below(int(std::min<qint64>(value / 4, maximum - value)) + 1);
        return int(std::min<qint64>(value, maximum));
    }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // count distinct indices out of [0, size), in draw order (partial Fisher-Yates).
    QList<int> sample(int size, int count)
    {
        count = std::min(count, size);
        QList<int> indices(size);
        for (int i = 0; i < size; ++i)
            indices[i] = i;
        for (int i = 0; i < count; ++i)
            std::swap(indices[i], indices[i + below(size - i)]);
        indices.resize(count);
        return indices;
    }

    // Calls take(index) for count distinct indices out of [0, size), in draw order,
    // without allocating: rejection against the ones already drawn, for small counts.
    template<typename Take> void distinct(int size, int count, Take take)
    {
        count = std::min(count, size);
        Q_ASSERT(count <= 16);
        int drawn[16];
        for (int i = 0; i < count; ++i) {
            int index = below(size);
            while (std::find(drawn, drawn + i, index) != drawn + i)
                index = below(size);
            drawn[i] = index;
            take(index);
        }
    }

    template<typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[below(int(i + 1))]);
    }

private:
    static quint64 rotateLeft(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix64(quint64 &state)
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace osc::demo
