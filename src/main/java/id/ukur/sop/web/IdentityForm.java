package id.ukur.sop.web;

/** The identity block as typed; list fields hold one item per line. */
public class IdentityForm {

	String agencyName = "";

	String regionName = "";

	String number = "";

	String name = "";

	String createdOn = "";

	String revisedOn = "";

	String effectiveOn = "";

	String approvedOn = "";

	String approverPosition = "";

	String approverName = "";

	String approverRank = "";

	String approverNip = "";

	String legalBasis = "";

	String qualifications = "";

	String relatedSops = "";

	String equipment = "";

	String warning = "";

	String recordKeeping = "";

	public String getAgencyName() {
		return this.agencyName;
	}

	public void setAgencyName(String value) {
		this.agencyName = value;
	}

	public String getRegionName() {
		return this.regionName;
	}

	public void setRegionName(String value) {
		this.regionName = value;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String value) {
		this.number = value;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String value) {
		this.name = value;
	}

	public String getCreatedOn() {
		return this.createdOn;
	}

	public void setCreatedOn(String value) {
		this.createdOn = value;
	}

	public String getRevisedOn() {
		return this.revisedOn;
	}

	public void setRevisedOn(String value) {
		this.revisedOn = value;
	}

	public String getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(String value) {
		this.effectiveOn = value;
	}

	public String getApprovedOn() {
		return this.approvedOn;
	}

	public void setApprovedOn(String value) {
		this.approvedOn = value;
	}

	public String getApproverPosition() {
		return this.approverPosition;
	}

	public void setApproverPosition(String value) {
		this.approverPosition = value;
	}

	public String getApproverName() {
		return this.approverName;
	}

	public void setApproverName(String value) {
		this.approverName = value;
	}

	public String getApproverRank() {
		return this.approverRank;
	}

	public void setApproverRank(String value) {
		this.approverRank = value;
	}

	public String getApproverNip() {
		return this.approverNip;
	}

	public void setApproverNip(String value) {
		this.approverNip = value;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String value) {
		this.legalBasis = value;
	}

	public String getQualifications() {
		return this.qualifications;
	}

	public void setQualifications(String value) {
		this.qualifications = value;
	}

	public String getRelatedSops() {
		return this.relatedSops;
	}

	public void setRelatedSops(String value) {
		this.relatedSops = value;
	}

	public String getEquipment() {
		return this.equipment;
	}

	public void setEquipment(String value) {
		this.equipment = value;
	}

	public String getWarning() {
		return this.warning;
	}

	public void setWarning(String value) {
		this.warning = value;
	}

	public String getRecordKeeping() {
		return this.recordKeeping;
	}

	public void setRecordKeeping(String value) {
		this.recordKeeping = value;
	}

}
