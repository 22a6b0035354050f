package id.ukur.organization;

/** An official (pejabat) who signs documents: name, position, rank and NIP. */
public record OfficialView(long id, long agencyId, String name, String position, String rank, String nip,
		boolean active, long version) {

	/**
	 * @return the NIP grouped as printed on Indonesian documents: 8 6 1 3 digits
	 */
	public String nipFormatted() {
		return Nip.format(this.nip);
	}

}
