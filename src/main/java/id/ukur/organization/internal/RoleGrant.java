package id.ukur.organization.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table
record RoleGrant(String role) {
}
