// Exits 0 when the PNG named on the command line is a plausible screenshot of Parley's window:
// at least 800 × 600 pixels and more than a handful of colours (a blank or failed frame is
// one or two flat colours).
#include <stb_image.h>

#include <cstdio>
#include <set>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: png_not_blank FILE.png\n");
    return 2;
  }
  int width = 0, height = 0, channels = 0;
  unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 3);
  if (!pixels) {
    std::fprintf(stderr, "%s: not a readable PNG\n", argv[1]);
    return 1;
  }
  std::set<unsigned> colours;
  for (long i = 0; i < long(width) * height; ++i)
    colours.insert(unsigned(pixels[i * 3]) << 16 | unsigned(pixels[i * 3 + 1]) << 8 | pixels[i * 3 + 2]);
  stbi_image_free(pixels);
  std::printf("%s: %d x %d, %zu colours\n", argv[1], width, height, colours.size());
  return width >= 800 && height >= 600 && colours.size() >= 32 ? 0 : 1;
}
