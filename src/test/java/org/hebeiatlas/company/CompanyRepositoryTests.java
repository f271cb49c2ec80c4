package org.hebeiatlas.company;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.award.AwardLevel;
import org.hebeiatlas.award.AwardRepository;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.cluster.ClusterRepository;
import org.hebeiatlas.county.City;
import org.hebeiatlas.county.CityKind;
import org.hebeiatlas.county.County;
import org.hebeiatlas.county.CountyKind;
import org.hebeiatlas.product.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
// A JPA slice tests repository queries only: without the search index (its analysis configurer is a bean of the
// search package, which the slice does not scan, and its files would land in ./data/index).
@TestPropertySource(properties = { "atlas.dataset.import-on-startup=false",
		"spring.jpa.properties.hibernate.search.enabled=false" })
class CompanyRepositoryTests {

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private CompanyRepository companies;

	@Autowired
	private ClusterRepository clusters;

	@Autowired
	private AwardRepository awards;

	private Company yuteng;

	private Company nanguan;

	private Cluster cashmere;

	private Cluster autoParts;

	@BeforeEach
	void createCompaniesInClusters() {
		City xingtai = new City();
		xingtai.setSlug("xingtai");
		xingtai.setName("Xingtai");
		xingtai.setKind(CityKind.PREFECTURE_CITY);
		this.entityManager.persist(xingtai);
		County qinghe = new County();
		qinghe.setSlug("qinghe");
		qinghe.setName("Qinghe");
		qinghe.setKind(CountyKind.COUNTY);
		qinghe.setCity(xingtai);
		this.entityManager.persist(qinghe);
		this.cashmere = cluster("qinghe-cashmere", "Cashmere", qinghe);
		this.autoParts = cluster("qinghe-auto-parts", "Auto parts", qinghe);
		this.yuteng = company("yuteng", "Yuteng", qinghe, this.cashmere, this.autoParts);
		this.nanguan = company("nanguan", "Nanguan", qinghe, this.cashmere);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void shouldLinkCompaniesAndClustersBothWays() {
		assertThat(this.clusters.findLinksByCompanyIds(java.util.List.of(this.yuteng.getId(), this.nanguan.getId())))
			.extracting((link) -> link.ownerId(), (link) -> link.target().getSlug())
			.containsExactlyInAnyOrder(tuple(this.yuteng.getId(), "qinghe-auto-parts"),
					tuple(this.yuteng.getId(), "qinghe-cashmere"), tuple(this.nanguan.getId(), "qinghe-cashmere"));
		assertThat(this.companies.findLinksByClusterIds(java.util.List.of(this.cashmere.getId())))
			.extracting((link) -> link.target().getSlug())
			.containsExactly("nanguan", "yuteng");
	}

	@Test
	void shouldFindAwardsGivenToACompanysProducts() {
		Product yarn = new Product();
		yarn.setSlug("nanguan-yarn");
		yarn.setName("Cashmere yarn");
		yarn.setCompany(this.entityManager.find(Company.class, this.nanguan.getId()));
		this.entityManager.persist(yarn);
		Award award = new Award();
		award.setSlug("yarn-prize");
		award.setName("Yarn prize");
		award.setLevel(AwardLevel.INDUSTRY);
		award.getProducts().add(yarn);
		this.entityManager.persist(award);
		this.entityManager.flush();

		assertThat(this.awards.findLinksByProductCompanyIds(java.util.List.of(this.nanguan.getId(), this.yuteng.getId())))
			.extracting((link) -> link.ownerId(), (link) -> link.target().getSlug())
			.containsExactly(tuple(this.nanguan.getId(), "yarn-prize"));
		assertThat(this.awards.findLinksByCompanyIds(java.util.List.of(this.nanguan.getId()))).isEmpty();
	}

	private Cluster cluster(String slug, String name, County county) {
		Cluster cluster = new Cluster();
		cluster.setSlug(slug);
		cluster.setName(name);
		cluster.setIndustry(name);
		cluster.setCounty(county);
		return this.entityManager.persist(cluster);
	}

	private Company company(String slug, String name, County county, Cluster... clusters) {
		Company company = new Company();
		company.setSlug(slug);
		company.setName(name);
		company.setCounty(county);
		for (Cluster cluster : clusters) {
			company.addCluster(cluster);
		}
		return this.entityManager.persist(company);
	}

}
