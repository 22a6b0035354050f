package id.ukur.organization.internal;

import java.util.List;

import id.ukur.organization.DemoAccount;
import id.ukur.organization.DemoAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class DemoAccountsService implements DemoAccounts {

	private final boolean enabled;

	DemoAccountsService(@Value("${ukur.demo.enabled:false}") boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public boolean enabled() {
		return this.enabled;
	}

	@Override
	public List<DemoAccount> all() {
		return DemoCatalog.accounts();
	}

}
