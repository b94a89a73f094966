#pragma once

#include "core/money.h"

#include <QtGlobal>

namespace cessio::exact {

// An unsigned 128-bit integer for the few products that outgrow 64 bits (value × 10,000, value²,
// value × days). MSVC has no __int128, so it is spelled out; only what the portfolio math needs.
struct U128
{
    quint64 hi = 0;
    quint64 lo = 0;

    static U128 product(quint64 a, quint64 b);
    U128 &operator+=(const U128 &other);
    friend bool operator==(const U128 &, const U128 &) = default;
    friend bool operator<(const U128 &a, const U128 &b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
    friend bool operator<=(const U128 &a, const U128 &b) { return !(b < a); }
    friend bool operator>(const U128 &a, const U128 &b) { return b < a; }
};

// a × k and a − b (b ≤ a); the callers keep every value far below 2^128.
U128 times(const U128 &a, quint32 k);
U128 minus(const U128 &a, const U128 &b);
// round(numerator × 10^digits / denominator) for numerator ≤ denominator < 2^124 (a fraction of one
// written with `digits` decimals, e.g. 6 → millionths), rounded once, half up.
qint64 scaledFraction(const U128 &numerator, const U128 &denominator, int digits);

// round(numerator / denominator), halves away from zero; the quotient must fit 63 bits and
// denominator must be nonzero and below 2^127 (the callers' ranges are far inside both).
qint64 divideRounded(const U128 &numerator, const U128 &denominator);
// floor and ceiling of the same quotient.
qint64 divideFloor(const U128 &numerator, const U128 &denominator);
qint64 divideCeil(const U128 &numerator, const U128 &denominator);

// One basis point is 1/10,000 (100 bp = 1 %).
inline constexpr qint64 basisPointsPerUnit = 10000;

// part / whole in basis points, rounded once (half up); 0 when whole is not positive. Both must be
// non-negative; a negative part counts as zero (positions never carry negative values).
int basisPoints(Money part, Money whole);
// Whether part / whole > bp / 10,000, exactly (no rounding): part × 10,000 > bp × whole.
bool exceeds(Money part, Money whole, int bp);
// Whether part / whole < bp / 10,000, exactly.
bool fallsShort(Money part, Money whole, int bp);
// The largest amount that stays within bp of whole: floor(bp × whole / 10,000).
Money allowedAmount(Money whole, int bp);
// The smallest amount that reaches bp of whole: ceil(bp × whole / 10,000).
Money requiredAmount(Money whole, int bp);

} // namespace cessio::exact
