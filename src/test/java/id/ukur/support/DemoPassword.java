package id.ukur.support;

/** The documented password of every demo account. */
public final class DemoPassword {

	public static final String VALUE = "ukur2026";

	private DemoPassword() {
	}

}
