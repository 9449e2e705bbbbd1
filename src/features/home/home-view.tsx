import { useCatalogue } from '../../store/view-hooks';

/** What the explorer is, and one card per built view. Teaches without a single click. */
export function HomeView() {
  const views = useCatalogue().filter((v) => v.id !== 'home');
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <h1 tabIndex={-1} className="text-3xl font-bold tracking-tight">EC2 Explorer</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">
          A hands-on companion to the EC2 chapter of the AWS Solutions Architect Associate notes. Drag a slider and
          watch IOPS, throughput and cost follow; every figure names its source, AWS documentation wherever AWS publishes it, and
          third-party pages and the explorer's own assumptions are marked as such.
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          The <strong>Figures</strong> switch in the header picks the 2021 figures the SAA-C02 exam and the notes
          teach, or today&apos;s AWS. Where the notes state a figure AWS documents differently, the explorer shows
          AWS&apos;s figure and says what the notes claim.
        </p>
      </div>
      <section aria-labelledby="views-heading">
        <h2 id="views-heading" className="mb-3 text-xl font-semibold">Explorers</h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {views.map((v) => (
            <li key={v.id}>
              <a href={`#/${v.id}`} className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-teal-400">
                <span className="text-lg font-semibold text-teal-800 dark:text-teal-300">{v.title}</span>
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{v.lesson}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
