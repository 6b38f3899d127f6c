// zlib from the system (Debian: zlib1g-dev), for reading the Flate streams of PDFs.
#include <zlib.h>
