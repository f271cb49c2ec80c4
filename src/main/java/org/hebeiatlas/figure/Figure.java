package org.hebeiatlas.figure;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.fact.Subject;
import org.hebeiatlas.model.SourcedEntity;

/**
 * A number a source states about a subject: a value with its unit and year, and its growth where the source gives it.
 */
@Entity
@Table(name = "figure")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "figure_source", joinColumns = @JoinColumn(name = "figure_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Figure extends SourcedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FigureMetric metric;

	@Column(nullable = false)
	private String label;

	@Column(name = "figure_value", nullable = false)
	private double value;

	@Column(nullable = false)
	private String unit;

	@Column(name = "figure_year")
	private Integer year;

	private Double growthPercent;

	private boolean approximate;

	private String quote;

	private boolean uncertain;

	@ManyToOne(fetch = FetchType.LAZY)
	private Fact fact;

	@Embedded
	private Subject subject = Subject.province();

	public FigureMetric getMetric() {
		return this.metric;
	}

	public void setMetric(FigureMetric metric) {
		this.metric = metric;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public double getValue() {
		return this.value;
	}

	public void setValue(double value) {
		this.value = value;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Double getGrowthPercent() {
		return this.growthPercent;
	}

	public void setGrowthPercent(Double growthPercent) {
		this.growthPercent = growthPercent;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public void setApproximate(boolean approximate) {
		this.approximate = approximate;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

	public Fact getFact() {
		return this.fact;
	}

	public void setFact(Fact fact) {
		this.fact = fact;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public void setSubject(Subject subject) {
		this.subject = subject;
	}

}
