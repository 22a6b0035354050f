package id.ukur.organization.internal;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record AppUser(@Id Long id, String username, String passwordHash, String displayName, String email, long regionId,
		Long agencyId, Long unitId, Long officialId, boolean active, boolean mustChangePassword, Instant createdAt,
		Set<RoleGrant> roles, @Version Long version) {
}
