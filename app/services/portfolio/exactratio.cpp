#include "exactratio.h"

#include <algorithm>
#include <limits>

namespace cessio::exact {

U128 U128::product(quint64 a, quint64 b)
{
    // Schoolbook multiplication on 32-bit halves.
    const quint64 aLo = a & 0xffffffffULL, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffULL, bHi = b >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 middle = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
    U128 result;
    result.lo = (middle << 32) | (ll & 0xffffffffULL);
    result.hi = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    return result;
}

U128 &U128::operator+=(const U128 &other)
{
    const quint64 lo2 = lo + other.lo;
    hi += other.hi + (lo2 < lo ? 1 : 0);
    lo = lo2;
    return *this;
}

U128 minus(const U128 &a, const U128 &b)
{
    return { a.hi - b.hi - (a.lo < b.lo ? 1 : 0), a.lo - b.lo };
}

U128 times(const U128 &a, quint32 k)
{
    U128 low = U128::product(a.lo, k);
    low.hi += a.hi * k;
    return low;
}

namespace {

U128 shiftLeftOne(const U128 &v)
{
    return { (v.hi << 1) | (v.lo >> 63), v.lo << 1 };
}

// Binary long division: quotient (must fit 64 bits) and remainder.
quint64 divide(const U128 &numerator, const U128 &denominator, U128 *remainder)
{
    Q_ASSERT(denominator.hi != 0 || denominator.lo != 0);
    U128 rest;
    quint64 quotient = 0;
    for (int bit = 127; bit >= 0; --bit) {
        rest = shiftLeftOne(rest);
        const quint64 word = bit >= 64 ? numerator.hi : numerator.lo;
        rest.lo |= (word >> (bit % 64)) & 1ULL;
        if (denominator <= rest) {
            rest = minus(rest, denominator);
            if (bit < 64)
                quotient |= 1ULL << bit;
        }
    }
    *remainder = rest;
    return quotient;
}

quint64 magnitude(Money m)
{
    return m.centavos() > 0 ? quint64(m.centavos()) : 0;
}

} // namespace

qint64 divideRounded(const U128 &numerator, const U128 &denominator)
{
    U128 rest;
    const quint64 q = divide(numerator, denominator, &rest);
    // rest ≥ denominator − rest ⇔ 2·rest ≥ denominator: round the half up.
    return qint64(q + (denominator <= shiftLeftOne(rest) ? 1 : 0));
}

qint64 divideFloor(const U128 &numerator, const U128 &denominator)
{
    U128 rest;
    return qint64(divide(numerator, denominator, &rest));
}

qint64 divideCeil(const U128 &numerator, const U128 &denominator)
{
    U128 rest;
    const quint64 q = divide(numerator, denominator, &rest);
    return qint64(q + ((rest.hi | rest.lo) != 0 ? 1 : 0));
}

qint64 scaledFraction(const U128 &numerator, const U128 &denominator, int digits)
{
    Q_ASSERT(numerator <= denominator);
    // Long division one decimal digit at a time: the remainder stays below the denominator, so
    // remainder × 10 never outgrows 128 bits.
    qint64 result = 0;
    U128 rest = numerator;
    for (int i = 0; i < digits; ++i) {
        rest = times(rest, 10);
        const qint64 digit = divideFloor(rest, denominator);
        rest = minus(rest, times(denominator, quint32(digit)));
        result = result * 10 + digit;
    }
    return result + (denominator <= shiftLeftOne(rest) ? 1 : 0);
}

int basisPoints(Money part, Money whole)
{
    if (whole.centavos() <= 0)
        return 0;
    const qint64 bp = divideRounded(U128::product(magnitude(part), basisPointsPerUnit), U128 { 0, magnitude(whole) });
    return int(std::min<qint64>(bp, std::numeric_limits<int>::max()));
}

bool exceeds(Money part, Money whole, int bp)
{
    return U128::product(quint64(std::max(bp, 0)), magnitude(whole)) < U128::product(magnitude(part), basisPointsPerUnit);
}

bool fallsShort(Money part, Money whole, int bp)
{
    return U128::product(magnitude(part), basisPointsPerUnit) < U128::product(quint64(std::max(bp, 0)), magnitude(whole));
}

Money allowedAmount(Money whole, int bp)
{
    return Money::fromCentavos(
        divideFloor(U128::product(quint64(std::max(bp, 0)), magnitude(whole)), U128 { 0, quint64(basisPointsPerUnit) }));
}

Money requiredAmount(Money whole, int bp)
{
    return Money::fromCentavos(
        divideCeil(U128::product(quint64(std::max(bp, 0)), magnitude(whole)), U128 { 0, quint64(basisPointsPerUnit) }));
}

} // namespace cessio::exact
