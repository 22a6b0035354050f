package id.ukur.organization.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Agency(@Id Long id, long regionId, String code, String name, String shortName, String address, boolean active,
		@Version Long version) {
}
