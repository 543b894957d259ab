export function InferencePage() {
  return (
    <section className="page">
      <h1>Inference chart</h1>
      <p>Not built yet.</p>
    </section>
  );
}
