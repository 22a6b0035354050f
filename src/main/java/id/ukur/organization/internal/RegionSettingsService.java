package id.ukur.organization.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.audit.JournalKind;
import id.ukur.calculation.RatingBand;
import id.ukur.calculation.RatingScale;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.organization.Role;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.Numbers;
import id.ukur.shared.OptimisticLock;

import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RegionSettingsService implements RegionSettings {

	private static final List<RatingScale> BUILT_IN = List.of(RatingScale.DEFAULT, RatingScale.BAIK);

	private final RegionRepository regions;

	private final JdbcClient jdbc;

	private final OrganizationJournal journal;

	RegionSettingsService(RegionRepository regions, JdbcClient jdbc, OrganizationJournal journal) {
		this.regions = regions;
		this.jdbc = jdbc;
		this.journal = journal;
	}

	@Override
	public Settings of(long regionId) {
		Region region = this.regions.findById(regionId)
			.orElseThrow(() -> new NotFoundException("organization.region.unknown", regionId));
		RatingScale scale = scales(regionId).stream()
			.filter((candidate) -> candidate.code().equals(region.ratingScaleCode()))
			.findFirst()
			.orElse(RatingScale.DEFAULT);
		return new Settings(scale, region.achievementCap(), region.efficiencyThreshold(), region.followUpThreshold(),
				region.version(), region.jumpFactor());
	}

	@Override
	public List<RatingScale> scales(long regionId) {
		List<RatingScale> all = new ArrayList<>(BUILT_IN);
		Map<Long, String[]> heads = new LinkedHashMap<>();
		this.jdbc.sql("select id, code, name_id, name_en from rating_scale where region_id = ? order by code")
			.param(regionId)
			.query((java.sql.ResultSet rs) -> {
				heads.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
			});
		for (Map.Entry<Long, String[]> head : heads.entrySet()) {
			List<Object[]> rows = this.jdbc
				.sql("select code, lower_exclusive, label_id, label_en from rating_band where scale_id = ?"
						+ " order by sort_order")
				.param(head.getKey())
				.query((rs,
						row) -> new Object[] { rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4) })
				.list();
			List<RatingBand> bands = new ArrayList<>();
			BigDecimal upper = null;
			for (Object[] row : rows) {
				BigDecimal lower = (BigDecimal) row[1];
				bands.add(new RatingBand((String) row[0], lower, upper, (String) row[2], (String) row[3]));
				upper = lower;
			}
			all.add(new RatingScale(head.getValue()[0], head.getValue()[1], head.getValue()[2], bands));
		}
		return all;
	}

	@Override
	@Transactional
	public Settings update(CurrentUser admin, SettingsCommand command) {
		Region region = adminRegion(admin);
		OptimisticLock.require(region.version(), command.version());
		List<FieldProblem> problems = new ArrayList<>();
		RatingScale scale = scales(region.id()).stream()
			.filter((candidate) -> candidate.code().equals(command.scaleCode()))
			.findFirst()
			.orElse(null);
		if (scale == null) {
			problems.add(new FieldProblem("scaleCode", "settings.scale.unknown"));
		}
		BigDecimal cap = decimal("achievementCap", command.achievementCap(), problems);
		if (cap != null && cap.compareTo(BigDecimal.valueOf(100)) < 0) {
			problems.add(new FieldProblem("achievementCap", "settings.cap.min"));
		}
		BigDecimal threshold = decimal("efficiencyThreshold", command.efficiencyThreshold(), problems);
		if (threshold == null) {
			problems.add(new FieldProblem("efficiencyThreshold", "validation.required"));
		}
		else if (threshold.signum() < 0) {
			problems.add(new FieldProblem("efficiencyThreshold", "settings.threshold.negative"));
		}
		BigDecimal jumpFactor = jumpFactor(command.jumpFactor(), region.jumpFactor(), problems);
		if (scale != null
				&& scale.bands().stream().noneMatch((band) -> band.code().equals(command.followUpThreshold()))) {
			problems.add(new FieldProblem("followUpThreshold", "settings.followUp.notInScale"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.regions.save(new Region(region.id(), region.code(), region.name(), region.kind(), region.timeZone(),
				region.workingDays(), region.workStart(), region.workEnd(), scale.code(), cap, threshold,
				command.followUpThreshold(), jumpFactor, region.version()));
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), null, "REGION_SETTINGS:" + region.code(),
				"SETTINGS_CHANGED", admin.username(), settings(region),
				settings(this.regions.findById(region.id()).orElseThrow()));
		return of(region.id());
	}

	private static Map<String, Object> settings(Region region) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("scaleCode", region.ratingScaleCode());
		fields.put("achievementCap", region.achievementCap());
		fields.put("efficiencyThreshold", region.efficiencyThreshold());
		fields.put("followUpThreshold", region.followUpThreshold());
		fields.put("jumpFactor", region.jumpFactor());
		return fields;
	}

	/**
	 * The jump factor of the plausibility checks (docs/calculation.md): above 1 and at
	 * most 100; a form without the field keeps the region's.
	 */
	private static BigDecimal jumpFactor(String typed, BigDecimal current, List<FieldProblem> problems) {
		if (typed == null) {
			return current;
		}
		BigDecimal factor = typed.isBlank() ? null : Numbers.parse(typed, LocaleContextHolder.getLocale());
		if (factor == null) {
			problems.add(new FieldProblem("jumpFactor",
					typed.isBlank() ? "settings.jumpFactor.required" : "settings.jumpFactor.number"));
			return current;
		}
		if (factor.compareTo(BigDecimal.ONE) <= 0 || factor.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add(new FieldProblem("jumpFactor", "settings.jumpFactor.range"));
		}
		return factor;
	}

	@Override
	@Transactional
	public RatingScale addScale(CurrentUser admin, ScaleCommand command) {
		Region region = adminRegion(admin);
		RatingScale scale = ScaleBuilder.build(command, scales(region.id()));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into rating_scale (region_id, code, name_id, name_en) values (?, ?, ?, ?)")
			.params(region.id(), scale.code(), scale.nameId(), scale.nameEn())
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < scale.bands().size(); i++) {
			RatingBand band = scale.bands().get(i);
			this.jdbc
				.sql("insert into rating_band (scale_id, sort_order, code, lower_exclusive, label_id, label_en)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(id, i, band.code(), band.lowerExclusive(), band.labelId(), band.labelEn())
				.update();
		}
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), null, "SCALE:" + scale.code(), "SCALE_ADDED",
				admin.username(), null, Map.of("code", scale.code(), "name", scale.nameId(), "bands",
						scale.bands().stream().map(RatingBand::code).toList()));
		return scale;
	}

	@Override
	@Transactional
	public void removeScale(CurrentUser admin, String code) {
		Region region = adminRegion(admin);
		if (code.equals(region.ratingScaleCode())) {
			throw new InvalidInputException("scaleCode", "settings.scale.inUse");
		}
		Long id = this.jdbc.sql("select id from rating_scale where region_id = ? and code = ?")
			.params(region.id(), code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("settings.scale.unknown", code));
		this.jdbc.sql("delete from rating_band where scale_id = ?").param(id).update();
		this.jdbc.sql("delete from rating_scale where id = ?").param(id).update();
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), null, "SCALE:" + code, "SCALE_REMOVED",
				admin.username(), Map.of("code", code), null);
	}

	private Region adminRegion(CurrentUser admin) {
		AdminRights.requireRegion(admin, admin.regionId());
		return this.regions.findById(admin.regionId()).orElseThrow();
	}

	static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal number = Numbers.parse(text, LocaleContextHolder.getLocale());
		if (number == null) {
			problems.add(Numbers.beyondBounds(text, LocaleContextHolder.getLocale()) ? Numbers.bounds(field)
					: new FieldProblem(field, "validation.number"));
		}
		return number;
	}

}
