package id.ukur.organization.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Official(@Id Long id, long agencyId, String name, String positionTitle, String rankGrade, String nip,
		boolean active, @Version Long version) {
}
