// Transcendental functions built from + - * / only, so they give the same bits on every platform.
// std::exp/log/pow/sin/cos come from the C library, and glibc (native) and musl (the WebAssembly
// build) may round the last bit differently; a workload's request counts and Zipf table would then
// differ between the two builds by a request now and then. These versions use range reduction
// and fixed-length series whose terms are plain IEEE-754 arithmetic, accurate to a few units in
// the last place, which is ample for rates and probabilities. Not for hot loops: each call costs
// a few dozen multiplications.
#pragma once

namespace ddb {

// Natural logarithm. REQUIRES: x > 0 and finite.
double PortableLog(double x);
// e^x; 0 below about -745, +infinity above about 709.
double PortableExp(double x);
// x^y for x > 0.
double PortablePow(double x, double y);
// cos(2*pi*turns) and sin(2*pi*turns): the angle is given in whole turns, so callers that know the
// phase as a fraction (elapsed / period) never round pi into it. Exact at multiples of a quarter
// turn (cos 0 = 1, cos 0.5 = -1, sin 0.5 = 0).
double CosOfTurns(double turns);
double SinOfTurns(double turns);

}  // namespace ddb
