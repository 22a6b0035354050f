package id.ukur.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The one optimistic-lock mechanism of the stores, on an in-memory database. */
class OptimisticLockTest {

	private JdbcClient jdbc;

	@BeforeEach
	void table() {
		this.jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:lock" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1"));
		this.jdbc.sql("create table item (id bigint primary key, version bigint not null, name varchar(20))").update();
		this.jdbc.sql("insert into item values (1, 3, 'a')").update();
	}

	@Test
	void changesTheRowAndMovesItsVersionOn() {
		long version = OptimisticLock.update(this.jdbc, "item", "name = ?").values("b").apply(1, 3);
		assertThat(version).isEqualTo(4);
		assertThat(row()).isEqualTo("4 b");
	}

	@Test
	void refusesAStaleVersionAndChangesNothing() {
		assertThatThrownBy(() -> OptimisticLock.update(this.jdbc, "item", "name = ?").values("b").apply(1, 2))
			.isInstanceOf(ConflictException.class)
			.hasMessage("stale.version");
		assertThat(row()).isEqualTo("3 a");
	}

	@Test
	void refusesAMissingRowWithTheStoresOwnRefusal() {
		assertThatThrownBy(() -> OptimisticLock.update(this.jdbc, "item", "name = ?")
			.values("b")
			.staleAs(() -> new ConflictException("round.entry.stale", "X"))
			.apply(9, 3)).isInstanceOf(ConflictException.class).hasMessage("round.entry.stale");
	}

	@Test
	void anUncheckedChangeStillMovesTheVersionOn() {
		assertThat(OptimisticLock.update(this.jdbc, "item", "name = ?").values("c").applyUnchecked(1)).isTrue();
		assertThat(row()).isEqualTo("4 c");
		assertThat(OptimisticLock.update(this.jdbc, "item", "name = ?").values("c").applyUnchecked(9)).isFalse();
	}

	@Test
	void anEditMustNameTheCurrentVersion() {
		OptimisticLock.require(3L, 3L);
		assertThatThrownBy(() -> OptimisticLock.require(3L, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> OptimisticLock.require(3L, 2L)).isInstanceOf(ConflictException.class)
			.hasMessage("stale.version");
	}

	private String row() {
		return this.jdbc.sql("select version || ' ' || name from item where id = 1").query(String.class).single();
	}

}
