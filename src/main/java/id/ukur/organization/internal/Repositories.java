package id.ukur.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegionRepository extends ListCrudRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findAllByOrderByName();

}

interface HolidayRepository extends ListCrudRepository<Holiday, Long> {

	List<Holiday> findByRegionIdOrderByHolidayDate(long regionId);

	boolean existsByRegionIdAndHolidayDate(long regionId, java.time.LocalDate date);

}

interface AgencyRepository extends ListCrudRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	List<Agency> findByRegionIdOrderByName(long regionId);

}

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	List<Unit> findByAgencyIdOrderByCode(long agencyId);

	Optional<Unit> findByAgencyIdAndCode(long agencyId, String code);

}

interface OfficialRepository extends ListCrudRepository<Official, Long> {

	List<Official> findByAgencyIdOrderByName(long agencyId);

	Optional<Official> findByNip(String nip);

}

interface UserRepository extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	List<AppUser> findByRegionIdOrderByUsername(long regionId);

	List<AppUser> findByAgencyIdOrderByUsername(long agencyId);

}

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	List<ApiToken> findByAppUserOrderByCreatedAt(long appUser);

}
