// A minimal PNG encoder for screenshots (`ddbviz --screenshot`): 8-bit RGBA, no filtering, zlib
// "stored" (uncompressed) deflate blocks, with the CRC-32 and Adler-32 checksums PNG requires.
// Small and dependency-free; the files are larger than a real compressor's, which is fine here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ddb::viz {

// Encodes `rgba` (width x height x 4 bytes, top row first) as a PNG file image.
std::vector<uint8_t> EncodePng(const uint8_t* rgba, int width, int height);

// Writes the PNG to `path`. Returns false if the file cannot be written.
bool WritePng(const std::string& path, const uint8_t* rgba, int width, int height);

// Exposed for tests: the checksums as PNG/zlib define them.
uint32_t Crc32(const uint8_t* data, size_t size, uint32_t crc = 0);
uint32_t Adler32(const uint8_t* data, size_t size, uint32_t adler = 1);

}  // namespace ddb::viz
