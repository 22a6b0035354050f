package id.ukur.organization.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import id.ukur.organization.CalendarCommand;
import id.ukur.organization.Calendars;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.HolidayView;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CalendarService implements Calendars {

	private final RegionRepository regions;

	private final HolidayRepository holidays;

	CalendarService(RegionRepository regions, HolidayRepository holidays) {
		this.regions = regions;
		this.holidays = holidays;
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
		Versions.require(row.version(), command.version());
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
		Region saved = this.regions.save(new Region(row.id(), row.code(), row.name(), row.kind(),
				command.timeZone().trim(), days, command.workStart(), command.workEnd(), row.ratingScaleCode(),
				row.achievementCap(), row.efficiencyThreshold(), row.followUpThreshold(), row.version()));
		return OrganizationService.view(saved);
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
		return new HolidayView(saved.id(), saved.holidayDate(), saved.name());
	}

	@Override
	@Transactional
	public void removeHoliday(CurrentUser admin, long holidayId) {
		Region region = adminRegion(admin);
		Holiday row = this.holidays.findById(holidayId)
			.filter((holiday) -> holiday.regionId() == region.id())
			.orElseThrow(() -> new NotFoundException("Unknown holiday"));
		this.holidays.delete(row);
	}

	private Region adminRegion(CurrentUser admin) {
		AdminRights.requireRegion(admin, admin.regionId());
		return this.regions.findById(admin.regionId()).orElseThrow();
	}

}
