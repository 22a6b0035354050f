package id.ukur.round.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded cache of things that never change once stored (plan copies, SOP revisions'
 * definitions), keyed by id: the least recently used one goes when it is full. Safe for
 * concurrent use; two threads that miss the same key at once both load it, which is
 * harmless for things that never change.
 */
final class RecentlyUsed<K, V> {

	private final Map<K, V> values;

	RecentlyUsed(int size) {
		this.values = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > size;
			}
		};
	}

	/**
	 * @return the value kept for the key, or null
	 */
	V find(K key) {
		synchronized (this.values) {
			return this.values.get(key);
		}
	}

	void put(K key, V value) {
		synchronized (this.values) {
			this.values.put(key, value);
		}
	}

	V get(K key, Function<K, V> load) {
		synchronized (this.values) {
			V value = this.values.get(key);
			if (value != null) {
				return value;
			}
		}
		V loaded = load.apply(key);
		synchronized (this.values) {
			this.values.put(key, loaded);
		}
		return loaded;
	}

}
