package id.ukur.organization.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Unit(@Id Long id, long agencyId, String code, String name, String kind, boolean active, @Version Long version) {
}
