// Whole reads and writes on file descriptors, retried when a signal
// interrupts them. Internal to the runner (pipes to workers, atomic writes).
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace akn {

// False on an error (errno says which); every byte written otherwise.
inline bool write_all(int fd, const char* data, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, data, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    data += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

// False at end of file or on an error before `n` bytes were read.
inline bool read_all(int fd, char* data, std::size_t n) {
  while (n > 0) {
    const ssize_t r = ::read(fd, data, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    data += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

}  // namespace akn
