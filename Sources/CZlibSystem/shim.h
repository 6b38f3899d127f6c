// zlib from the system (Debian: zlib1g-dev), for reading the Flate streams of PDFs and writing PNG.
#include <zlib.h>
