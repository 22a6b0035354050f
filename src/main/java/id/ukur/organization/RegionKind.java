package id.ukur.organization;

/** Kabupaten (regency), Kota (city) or Provinsi (province). */
public enum RegionKind {

	KABUPATEN, KOTA, PROVINSI

}
