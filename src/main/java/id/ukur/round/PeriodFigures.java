package id.ukur.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The figures of an agency's round of one period: its latest calculation, row by row.
 *
 * @param status where the round stands; only a sealed or archived round's figures are
 * final, the others provisional
 * @param current whether no value changed since the calculation
 * @param figures the agency first, then the nodes and indicators in the recap's order
 * @param cap the achievement cap the roll-ups were calculated with
 */
public record PeriodFigures(long roundId, int year, Period period, RoundStatus status, Instant calculatedAt,
		boolean current, Instant sentAt, Instant acknowledgedAt, List<Figure> figures, CapInForce cap) {

	public PeriodFigures {
		figures = List.copyOf(figures);
		cap = (cap != null) ? cap : CapInForce.UNKNOWN;
	}

	/** Figures without the cap they were calculated with. */
	public PeriodFigures(long roundId, int year, Period period, RoundStatus status, Instant calculatedAt,
			boolean current, Instant sentAt, Instant acknowledgedAt, List<Figure> figures) {
		this(roundId, year, period, status, calculatedAt, current, sentAt, acknowledgedAt, figures, null);
	}

	/**
	 * @return whether the figures are final: the round is sealed (or archived) and so
	 * cannot change without being reopened
	 */
	public boolean sealed() {
		return this.status == RoundStatus.SEALED || this.status == RoundStatus.ARCHIVED;
	}

	/**
	 * @return the agency's own figure
	 */
	public Optional<Figure> agency() {
		return this.figures.stream().filter((f) -> Figure.AGENCY.equals(f.kind())).findFirst();
	}

	/**
	 * @return the figure of this kind and code
	 */
	public Optional<Figure> figure(String kind, String code) {
		return this.figures.stream().filter((f) -> f.kind().equals(kind) && f.code().equals(code)).findFirst();
	}

}
