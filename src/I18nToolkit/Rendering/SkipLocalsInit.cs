#if NET8_0_OR_GREATER
// Render buffers are stack-allocated on every call and only read where written: zeroing them first
// costs more than the rest of a short render (the BCL compiles with the same setting).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
#endif
