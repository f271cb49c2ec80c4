package org.hebeiatlas.plan;

import java.time.LocalDate;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hebeiatlas.model.IsoDates;
import org.hebeiatlas.model.NamedEntity;

/**
 * A provincial plan or policy for county industries.
 */
@Entity
@Table(name = "plan")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "plan_source", joinColumns = @JoinColumn(name = "plan_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Plan extends NamedEntity {

	private String issuer;

	private String issued;

	@Column(name = "plan_year")
	private Integer year;

	private String description;

	private boolean uncertain;

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getIssued() {
		return this.issued;
	}

	public LocalDate getIssuedOn() {
		return IsoDates.fullDate(this.issued);
	}

	public void setIssued(String issued) {
		this.issued = issued;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

}
