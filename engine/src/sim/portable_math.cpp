#include "sim/portable_math.h"

#include <cmath>
#include <limits>

namespace ddb {

namespace {

// ln 2 split in two: the high part has trailing zero bits, so k * kLn2Hi is exact for the
// exponents that occur, and the low part carries the rest.
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kSqrtHalf = 0.70710678118654752440;
constexpr double kHalfPi = 1.57079632679489661923;

// sin and cos of |a| <= pi/4 by their Taylor series (the first omitted term is below 1e-18).
double SinSmall(double a) {
  const double a2 = a * a;
  double term = a, sum = a;
  for (int n = 2; n <= 16; n += 2) {
    term *= -a2 / (n * (n + 1));
    sum += term;
  }
  return sum;
}
double CosSmall(double a) {
  const double a2 = a * a;
  double term = 1.0, sum = 1.0;
  for (int n = 1; n <= 17; n += 2) {
    term *= -a2 / (n * (n + 1));
    sum += term;
  }
  return sum;
}

// Splits an angle in turns into a quadrant q (0..3) and a remainder of at most an eighth of a
// turn, returned in radians: 2*pi*turns = q*pi/2 + a.
int Quadrant(double turns, double* a) {
  const double f = turns - std::floor(turns);  // [0, 1)
  const double g = 4.0 * f;                     // exact: [0, 4)
  const double q = std::floor(g + 0.5);         // 0..4
  *a = (g - q) * kHalfPi;                       // |g - q| <= 0.5
  return static_cast<int>(q) & 3;
}

}  // namespace

double PortableLog(double x) {
  int e = 0;
  double m = std::frexp(x, &e);  // x = m * 2^e, m in [0.5, 1): exact
  if (m < kSqrtHalf) {
    m *= 2.0;
    --e;
  }
  // ln m = 2 atanh(z) with z = (m-1)/(m+1), |z| <= 0.172: the odd series converges fast.
  const double z = (m - 1.0) / (m + 1.0);
  const double z2 = z * z;
  double power = z, sum = z;
  for (int k = 3; k <= 29; k += 2) {
    power *= z2;
    sum += power / k;
  }
  return 2.0 * sum + e * kLn2Hi + e * kLn2Lo;
}

double PortableExp(double x) {
  if (x > 709.78) return std::numeric_limits<double>::infinity();
  if (x < -745.2) return 0.0;
  // e^x = 2^k * e^r with |r| <= ln2/2; ldexp is exact.
  const double k = std::floor(x / kLn2 + 0.5);
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  double term = 1.0, sum = 1.0;
  for (int n = 1; n <= 18; ++n) {
    term *= r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));
}

double PortablePow(double x, double y) { return PortableExp(y * PortableLog(x)); }

double CosOfTurns(double turns) {
  double a = 0;
  switch (Quadrant(turns, &a)) {
    case 0: return CosSmall(a);
    case 1: return -SinSmall(a);
    case 2: return -CosSmall(a);
    default: return SinSmall(a);
  }
}

double SinOfTurns(double turns) {
  double a = 0;
  switch (Quadrant(turns, &a)) {
    case 0: return SinSmall(a);
    case 1: return CosSmall(a);
    case 2: return -SinSmall(a);
    default: return -CosSmall(a);
  }
}

}  // namespace ddb
