export function SpecDecodeIndexPage() {
  return (
    <section className="page">
      <h1>Speculative decoding comparisons</h1>
      <p>Not built yet.</p>
    </section>
  );
}
