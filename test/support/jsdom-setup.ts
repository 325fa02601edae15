// Fluent's MessageBar and friends need ResizeObserver, which jsdom lacks (fluentui #30077).
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
