package id.ukur.organization;

import java.util.List;

/** The demo accounts, shown on the login page only while demo mode is on. */
public interface DemoAccounts {

	/**
	 * @return whether demo data is loaded by this installation
	 */
	boolean enabled();

	/**
	 * @return every demo account, whether or not demo mode is on
	 */
	List<DemoAccount> all();

}
