package id.ukur.generator;

import id.ukur.organization.RegionSettings.Settings;
import id.ukur.sop.SopDefinition;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agencies' content, made on a pool of threads a few agencies ahead of the one thread
 * that writes, and handed out in order.
 */
final class Ahead implements AutoCloseable {

	private final ArrayDeque<Future<AgencyContent>> queue = new ArrayDeque<>();

	private final ExecutorService pool;

	private final GeneratorOptions options;

	private final Settings settings;

	private final SopDefinition seed;

	private final JsonMapper json;

	private int submitted;

	Ahead(GeneratorOptions options, Settings settings, SopDefinition seed, JsonMapper json) {
		this.options = options;
		this.settings = settings;
		this.seed = seed;
		this.json = json;
		this.pool = Executors.newFixedThreadPool(options.threads(), (task) -> {
			Thread thread = new Thread(task, "generator");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * @return the next agency's content, regions and agencies in order
	 */
	AgencyContent next() {
		int total = this.options.regions() * this.options.agencies();
		while (this.submitted < total && this.queue.size() < 4 * this.options.threads()) {
			int region = this.submitted / this.options.agencies();
			int agency = this.submitted % this.options.agencies();
			this.queue.add(this.pool
				.submit(() -> AgencyContent.make(this.options, region, agency, this.settings, this.seed, this.json)));
			this.submitted++;
		}
		try {
			return this.queue.remove().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
