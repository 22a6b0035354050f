package id.ukur.round.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The pictures already rendered (docs/rounds.md, "Previews"), least recently used out
 * first, at most {@value #BUDGET} bytes in all: an evidence file never changes, and a
 * report's pictures are keyed by the round's state, so a page shown again is not rendered
 * again.
 */
@Component
class PreviewCache {

	static final long BUDGET = 32L * 1024 * 1024;

	private final Map<String, Cached> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	/**
	 * @param key what the value is a picture of, with everything that changes it
	 * @param size the bytes of a value
	 * @param render renders the value when it is not cached; null is not cached
	 * @return the value
	 */
	<T> T get(String key, java.util.function.ToLongFunction<T> size, Supplier<T> render) {
		synchronized (this) {
			Cached cached = this.entries.get(key);
			if (cached != null) {
				@SuppressWarnings("unchecked")
				T value = (T) cached.value();
				return value;
			}
		}
		// rendered outside the lock: a slow PDF does not hold up the other pictures
		T value = render.get();
		if (value != null) {
			put(key, value, size.applyAsLong(value));
		}
		return value;
	}

	private synchronized void put(String key, Object value, long size) {
		if (size > BUDGET / 4) {
			return;
		}
		Cached old = this.entries.put(key, new Cached(value, size));
		this.bytes += size - ((old != null) ? old.size() : 0);
		Iterator<Cached> oldest = this.entries.values().iterator();
		while (this.bytes > BUDGET && oldest.hasNext()) {
			this.bytes -= oldest.next().size();
			oldest.remove();
		}
	}

	private record Cached(Object value, long size) {
	}

}
