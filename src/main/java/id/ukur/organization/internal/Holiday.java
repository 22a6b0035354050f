package id.ukur.organization.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Holiday(@Id Long id, long regionId, LocalDate holidayDate, String name) {
}
