package org.hebeiatlas.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.Link;
import org.hebeiatlas.product.Product;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Awards, looked up by slug, by recipient, or filtered; and the recipients of awards.
 */
public interface AwardRepository extends JpaRepository<Award, Long>, JpaSpecificationExecutor<Award> {

	Optional<Award> findBySlug(String slug);

	@Query("select new org.hebeiatlas.model.Link(c.id, a) from Award a join a.companies c where c.id in :companyIds")
	List<Link<Award>> findLinksByCompanyIds(Collection<Long> companyIds);

	@Query("select new org.hebeiatlas.model.Link(p.company.id, a) from Award a join a.products p where p.company.id in :companyIds")
	List<Link<Award>> findLinksByProductCompanyIds(Collection<Long> companyIds);

	@Query("select new org.hebeiatlas.model.Link(p.id, a) from Award a join a.products p where p.id in :productIds")
	List<Link<Award>> findLinksByProductIds(Collection<Long> productIds);

	@Query("select new org.hebeiatlas.model.Link(cl.id, a) from Award a join a.clusters cl where cl.id in :clusterIds")
	List<Link<Award>> findLinksByClusterIds(Collection<Long> clusterIds);

	@Query("select new org.hebeiatlas.model.Link(co.id, a) from Award a join a.counties co where co.id in :countyIds")
	List<Link<Award>> findLinksByRecipientCountyIds(Collection<Long> countyIds);

	@Query("select new org.hebeiatlas.model.Link(a.county.id, a) from Award a where a.county.id in :countyIds")
	List<Link<Award>> findLinksByCountyIds(Collection<Long> countyIds);

	@Query("select new org.hebeiatlas.model.Link(a.id, c) from Award a join a.companies c where a.id in :awardIds order by c.name")
	List<Link<Company>> findCompanyRecipients(Collection<Long> awardIds);

	@Query("select new org.hebeiatlas.model.Link(a.id, p) from Award a join a.products p where a.id in :awardIds order by p.name")
	List<Link<Product>> findProductRecipients(Collection<Long> awardIds);

	@Query("select new org.hebeiatlas.model.Link(a.id, cl) from Award a join a.clusters cl where a.id in :awardIds order by cl.name")
	List<Link<Cluster>> findClusterRecipients(Collection<Long> awardIds);

	@Query("select new org.hebeiatlas.model.Link(a.id, co) from Award a join a.counties co where a.id in :awardIds order by co.name")
	List<Link<County>> findCountyRecipients(Collection<Long> awardIds);

}
