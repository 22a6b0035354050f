package id.ukur.organization.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ukur.audit.JournalKind;
import id.ukur.organization.CalendarCommand;
import id.ukur.organization.Calendars;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.HolidayView;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.OptimisticLock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CalendarService implements Calendars {

	private final RegionRepository regions;

	private final HolidayRepository holidays;

	private final OrganizationJournal journal;

	CalendarService(RegionRepository regions, HolidayRepository holidays, OrganizationJournal journal) {
		this.regions = regions;
		this.holidays = holidays;
		this.journal = journal;
	}

	@Override
	public List<HolidayView> holidays(long regionId, int year) {
		return this.holidays.findByRegionIdOrderByHolidayDate(regionId)
			.stream()
			.filter((row) -> row.holidayDate().getYear() == year)
			.map((row) -> new HolidayView(row.id(), row.holidayDate(), row.name()))
			.toList();
	}

	@Override
	public List<LocalDate> holidayDates(long regionId) {
		return this.holidays.findByRegionIdOrderByHolidayDate(regionId).stream().map(Holiday::holidayDate).toList();
	}

	@Override
	@Transactional
	public RegionView updateCalendar(CurrentUser admin, CalendarCommand command) {
		Region row = adminRegion(admin);
		OptimisticLock.require(row.version(), command.version());
		try {
			ZoneId.of(command.timeZone().trim());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("timeZone", "validation.timeZone");
		}
		if (!command.workStart().isBefore(command.workEnd())) {
			throw new InvalidInputException("workEnd", "validation.workHours.order");
		}
		String days = command.workingDays().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		Region saved = this.regions
			.save(new Region(row.id(), row.code(), row.name(), row.kind(), command.timeZone().trim(), days,
					command.workStart(), command.workEnd(), row.ratingScaleCode(), row.achievementCap(),
					row.efficiencyThreshold(), row.followUpThreshold(), row.jumpFactor(), row.version()));
		this.journal.changed(JournalKind.ORGANIZATION, row.id(), null, "CALENDAR:" + row.code(), "CALENDAR_CHANGED",
				admin.username(), calendar(row), calendar(saved));
		return OrganizationService.view(saved);
	}

	private static Map<String, Object> calendar(Region region) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("timeZone", region.timeZone());
		fields.put("workingDays", region.workingDays());
		fields.put("workStart", String.valueOf(region.workStart()));
		fields.put("workEnd", String.valueOf(region.workEnd()));
		return fields;
	}

	@Override
	@Transactional
	public HolidayView addHoliday(CurrentUser admin, LocalDate date, String name) {
		Region region = adminRegion(admin);
		if (date == null) {
			throw new InvalidInputException("date", "validation.required");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (name.length() > 200) {
			throw new InvalidInputException("name", "validation.length.max", 200);
		}
		if (this.holidays.existsByRegionIdAndHolidayDate(region.id(), date)) {
			throw new InvalidInputException("date", "validation.holiday.duplicate");
		}
		Holiday saved = this.holidays.save(new Holiday(null, region.id(), date, name.trim()));
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), null, "HOLIDAY:" + saved.name(), "HOLIDAY_ADDED",
				admin.username(), null, Map.of("date", date.toString(), "name", saved.name()));
		return new HolidayView(saved.id(), saved.holidayDate(), saved.name());
	}

	@Override
	@Transactional
	public void removeHoliday(CurrentUser admin, long holidayId) {
		Region region = adminRegion(admin);
		Holiday row = this.holidays.findById(holidayId)
			.filter((holiday) -> holiday.regionId() == region.id())
			.orElseThrow(() -> new NotFoundException("organization.holiday.unknown"));
		this.holidays.delete(row);
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), null, "HOLIDAY:" + row.name(), "HOLIDAY_REMOVED",
				admin.username(), Map.of("date", row.holidayDate().toString(), "name", row.name()), null);
	}

	private Region adminRegion(CurrentUser admin) {
		AdminRights.requireRegion(admin, admin.regionId());
		return this.regions.findById(admin.regionId()).orElseThrow();
	}

}
