package org.hebeiatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hebeiatlas.award.AwardLevel;
import org.hebeiatlas.company.CompanyKind;
import org.hebeiatlas.county.CityKind;
import org.hebeiatlas.county.CountyKind;
import org.hebeiatlas.dataset.AtlasDataset;
import org.hebeiatlas.dataset.AtlasDataset.AwardRecord;
import org.hebeiatlas.dataset.AtlasDataset.BrandRecord;
import org.hebeiatlas.dataset.AtlasDataset.CityRecord;
import org.hebeiatlas.dataset.AtlasDataset.ClusterRecord;
import org.hebeiatlas.dataset.AtlasDataset.CompanyRecord;
import org.hebeiatlas.dataset.AtlasDataset.CountyRecord;
import org.hebeiatlas.dataset.AtlasDataset.FactRecord;
import org.hebeiatlas.dataset.AtlasDataset.ProductRecord;
import org.hebeiatlas.dataset.AtlasDataset.RecipientRecord;
import org.hebeiatlas.dataset.AtlasDataset.RecipientType;
import org.hebeiatlas.dataset.AtlasDataset.SourceRecord;
import org.hebeiatlas.source.Reliability;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic synthetic Atlas of any size for the benchmark: Hebei's eleven cities, made-up counties around them,
 * clusters of real Hebei industries, and companies with about three products each, awards, and English and Chinese
 * descriptions drawn from the industries' own vocabulary. The same {@code n} always gives the same file.
 */
public final class BenchDataset {

	/** slug, English, Chinese, latitude, longitude. */
	private static final String[][] CITIES = { { "shijiazhuang", "Shijiazhuang", "石家庄市", "38.04", "114.51" },
			{ "tangshan", "Tangshan", "唐山市", "39.63", "118.18" }, { "qinhuangdao", "Qinhuangdao", "秦皇岛市", "39.94", "119.60" },
			{ "handan", "Handan", "邯郸市", "36.63", "114.54" }, { "xingtai", "Xingtai", "邢台市", "37.07", "114.50" },
			{ "baoding", "Baoding", "保定市", "38.87", "115.46" }, { "zhangjiakou", "Zhangjiakou", "张家口市", "40.77", "114.89" },
			{ "chengde", "Chengde", "承德市", "40.95", "117.96" }, { "cangzhou", "Cangzhou", "沧州市", "38.30", "116.84" },
			{ "langfang", "Langfang", "廊坊市", "39.52", "116.70" }, { "hengshui", "Hengshui", "衡水市", "37.74", "115.67" } };

	/** industry, Chinese, product nouns (English / Chinese pairs), descriptive words. */
	private static final Industry[] INDUSTRIES = {
			new Industry("cashmere", "羊绒", new String[] { "cashmere sweater", "cashmere scarf", "wool yarn", "knitted coat" },
					new String[] { "羊绒衫", "羊绒围巾", "毛纱", "针织大衣" }),
			new Industry("steel pipe", "钢管", new String[] { "seamless steel pipe", "welded pipe", "pipe fitting", "flange" },
					new String[] { "无缝钢管", "焊管", "管件", "法兰" }),
			new Industry("glass", "玻璃", new String[] { "float glass", "glass fiber", "tempered glass", "glass bottle" },
					new String[] { "浮法玻璃", "玻璃纤维", "钢化玻璃", "玻璃瓶" }),
			new Industry("furniture", "家具", new String[] { "office chair", "sofa", "wooden table", "steel cabinet" },
					new String[] { "办公椅", "沙发", "木桌", "钢柜" }),
			new Industry("bicycle", "自行车", new String[] { "mountain bike", "children's bicycle", "electric bike", "stroller" },
					new String[] { "山地车", "童车", "电动自行车", "婴儿车" }),
			new Industry("luggage", "箱包", new String[] { "leather bag", "suitcase", "backpack", "handbag" },
					new String[] { "皮包", "拉杆箱", "背包", "手提包" }),
			new Industry("fastener", "紧固件", new String[] { "bolt", "hex nut", "anchor screw", "rivet" },
					new String[] { "螺栓", "六角螺母", "膨胀螺丝", "铆钉" }),
			new Industry("auto parts", "汽车零部件", new String[] { "brake pad", "radiator", "wheel hub", "seat cover" },
					new String[] { "刹车片", "散热器", "轮毂", "座套" }),
			new Industry("food", "食品", new String[] { "instant noodles", "walnut milk", "chestnut", "hot pot seasoning" },
					new String[] { "方便面", "核桃露", "板栗", "火锅底料" }),
			new Industry("pharmaceutical", "医药", new String[] { "antibiotic", "vitamin c", "herbal medicine", "capsule" },
					new String[] { "抗生素", "维生素C", "中药", "胶囊" }),
			new Industry("cookware", "炊具", new String[] { "cast iron pot", "wok", "frying pan", "pressure cooker" },
					new String[] { "铸铁锅", "炒锅", "煎锅", "高压锅" }),
			new Industry("musical instrument", "乐器", new String[] { "violin", "guitar", "drum set", "piano" },
					new String[] { "小提琴", "吉他", "架子鼓", "钢琴" }) };

	private static final String[] SYLLABLES = { "an", "bai", "bao", "chang", "cheng", "da", "de", "dong", "feng", "fu",
			"gao", "guang", "hai", "he", "heng", "hong", "hua", "jia", "jin", "jing", "kang", "li", "long", "mei",
			"ming", "nan", "ping", "qing", "rui", "shen", "sheng", "tai", "tian", "wei", "xin", "xing", "yang", "yi",
			"yong", "yuan", "zhong", "zhi" };

	private static final String[] HANZI = { "安", "白", "宝", "昌", "诚", "大", "德", "东", "丰", "福", "高", "广", "海", "和",
			"恒", "宏", "华", "佳", "金", "京", "康", "利", "隆", "美", "明", "南", "平", "清", "瑞", "深", "盛", "泰", "天", "伟",
			"新", "兴", "阳", "益", "永", "远", "中", "志" };

	private static final String[] QUALITIES = { "export-grade", "durable", "lightweight", "certified", "handmade",
			"low-cost", "premium", "energy-saving", "custom", "traditional" };

	private static final String[] QUALITIES_ZH = { "出口级", "耐用", "轻便", "认证", "手工", "低成本", "高端", "节能", "定制",
			"传统" };

	private static final String[] MARKETS = { "Europe", "Southeast Asia", "Africa", "Beijing", "Tianjin",
			"the Middle East", "Russia", "South America" };

	private static final String[] GRANTORS = { "China Light Industry Council", "Hebei Provincial Government",
			"China Textile Industry Federation", "Ministry of Industry and Information Technology",
			"Red Dot Design Award", "China Iron and Steel Association" };

	private static final int COUNTIES_PER_CITY = 14;

	private static final int SOURCES = 50;

	private BenchDataset() {
	}

	public static AtlasDataset generate(int companyCount) {
		SplittableRandom random = new SplittableRandom(20261128L);
		List<SourceRecord> sources = new ArrayList<>();
		for (int i = 1; i <= SOURCES; i++) {
			sources.add(new SourceRecord("S" + i, "Hebei industry yearbook, volume " + i,
					"https://example.org/yearbook/" + i, String.valueOf(2000 + i % 25), "Hebei Statistics Bureau",
					Reliability.values()[i % Reliability.values().length], null));
		}
		List<CityRecord> cities = new ArrayList<>();
		List<CountyRecord> counties = new ArrayList<>();
		for (String[] city : CITIES) {
			cities.add(new CityRecord(city[0], city[1], city[2], CityKind.PREFECTURE_CITY, List.of("S1")));
			for (int c = 0; c < COUNTIES_PER_CITY; c++) {
				String name = placeName(random);
				String slug = city[0] + "-" + c;
				double latitude = Double.parseDouble(city[3]) + (random.nextDouble() - 0.5) * 0.8;
				double longitude = Double.parseDouble(city[4]) + (random.nextDouble() - 0.5) * 0.8;
				counties.add(new CountyRecord(slug, name, hanzi(random, 2) + "县", CountyKind.COUNTY, city[0], false,
						null, round(latitude), round(longitude), null,
						List.of(new FactRecord(name + " county has " + (20 + random.nextInt(400))
								+ " registered manufacturers.", 2000 + random.nextInt(25), List.of(source(random)),
								false, null)),
						List.of(source(random))));
			}
		}
		List<ClusterRecord> clusters = new ArrayList<>();
		List<int[]> clusterIndustry = new ArrayList<>();
		for (int i = 0; i < counties.size(); i++) {
			CountyRecord county = counties.get(i);
			for (int k = 0; k < 3; k++) {
				int industry = (i * 5 + k * 7) % INDUSTRIES.length;
				Industry ind = INDUSTRIES[industry];
				clusters.add(new ClusterRecord(county.slug() + "-" + ind.slug(), county.name() + " " + ind.name + " cluster",
						county.nameZh() + ind.zh + "产业集群", county.slug(), ind.name + " manufacturing",
						(k == 0) ? List.of("中国" + ind.zh + "之乡") : List.of(), List.of(), List.of(source(random))));
				clusterIndustry.add(new int[] { i, industry });
			}
		}
		List<CompanyRecord> companies = new ArrayList<>(companyCount);
		List<AwardRecord> awards = new ArrayList<>();
		List<RecipientRecord> pendingRecipients = new ArrayList<>();
		for (int i = 0; i < companyCount; i++) {
			int clusterIndex = random.nextInt(clusters.size());
			ClusterRecord cluster = clusters.get(clusterIndex);
			Industry industry = INDUSTRIES[clusterIndustry.get(clusterIndex)[1]];
			CountyRecord county = counties.get(clusterIndustry.get(clusterIndex)[0]);
			String slug = "co-" + i;
			String trade = capitalize(placeName(random));
			String tradeZh = hanzi(random, 2);
			String name = trade + " " + capitalize(industry.name) + " Co., Ltd.";
			String nameZh = county.nameZh().substring(0, 2) + tradeZh + industry.zh + "有限公司";
			int quality = random.nextInt(QUALITIES.length);
			int productCount = 1 + random.nextInt(5);
			List<ProductRecord> products = new ArrayList<>(productCount);
			List<BrandRecord> brands = (i % 3 == 0)
					? List.of(new BrandRecord(slug + "-brand", trade, tradeZh, null)) : List.of();
			StringBuilder made = new StringBuilder();
			for (int p = 0; p < productCount; p++) {
				int noun = random.nextInt(industry.products.length);
				int q = random.nextInt(QUALITIES.length);
				String productName = capitalize(QUALITIES[q]) + " " + industry.products[noun];
				products.add(new ProductRecord(slug + "-p" + p, productName, QUALITIES_ZH[q] + industry.productsZh[noun],
						"A " + QUALITIES[q] + " " + industry.products[noun] + " sold to "
								+ MARKETS[random.nextInt(MARKETS.length)] + ". " + QUALITIES_ZH[q]
								+ industry.productsZh[noun] + "，远销海外。",
						(p == 0 && !brands.isEmpty()) ? slug + "-brand" : null, null));
				made.append((p == 0) ? "" : ", ").append(industry.products[noun]);
			}
			String description = name + " is a " + QUALITIES[quality] + " " + industry.name + " maker in "
					+ county.name() + ", founded in " + (1980 + random.nextInt(44)) + "; it makes " + made
					+ " and exports to " + MARKETS[random.nextInt(MARKETS.length)] + ". " + nameZh + "位于"
					+ county.nameZh() + "，主要生产" + industry.productsZh[random.nextInt(industry.productsZh.length)]
					+ "，是" + QUALITIES_ZH[quality] + industry.zh + "企业。";
			List<String> companyClusters = List.of(cluster.slug());
			companies.add(new CompanyRecord(slug, name, nameZh, (i % 10 == 0) ? CompanyKind.BRAND : CompanyKind.COMPANY,
					county.slug(), companyClusters, description, brands, products,
					(i % 4 == 0) ? List.of(new FactRecord(name + " employs " + (10 + random.nextInt(5000)) + " people.",
							2010 + random.nextInt(15), List.of(source(random)), false, null)) : List.of(),
					List.of(source(random)), i % 50 == 0, null));
			if (i % 10 == 0) {
				pendingRecipients.add(new RecipientRecord(RecipientType.COMPANY, slug));
				if (random.nextBoolean()) {
					pendingRecipients.add(new RecipientRecord(RecipientType.PRODUCT, slug + "-p0"));
				}
			}
			if (pendingRecipients.size() >= 2 || (i == companyCount - 1 && !pendingRecipients.isEmpty())) {
				int grantor = random.nextInt(GRANTORS.length);
				int year = 1995 + random.nextInt(30);
				awards.add(new AwardRecord("award-" + awards.size(), "Quality " + industry.name + " award " + year,
						industry.zh + "质量奖", "quality", AwardLevel.values()[grantor % AwardLevel.values().length],
						GRANTORS[grantor], year, null, "Awarded for " + industry.name + " quality.",
						List.copyOf(pendingRecipients), null, county.slug(), List.of(source(random)), false));
				pendingRecipients.clear();
			}
		}
		return new AtlasDataset(AtlasDataset.FORMAT, "bench-" + companyCount,
				"Synthetic benchmark Atlas of " + companyCount + " companies", sources, cities, counties, clusters,
				companies, awards, List.of(), List.of(), List.of());
	}

	public static Path write(int companyCount, Path directory) {
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("bench-" + companyCount + ".json");
			if (!Files.exists(file)) {
				Path partial = directory.resolve("bench-" + companyCount + ".json.part");
				JsonMapper.builder().build().writeValue(partial.toFile(), generate(companyCount));
				Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String source(SplittableRandom random) {
		return "S" + (1 + random.nextInt(SOURCES));
	}

	private static String placeName(SplittableRandom random) {
		return capitalize(SYLLABLES[random.nextInt(SYLLABLES.length)]) + SYLLABLES[random.nextInt(SYLLABLES.length)];
	}

	private static String hanzi(SplittableRandom random, int count) {
		StringBuilder builder = new StringBuilder();
		for (int i = 0; i < count; i++) {
			builder.append(HANZI[random.nextInt(HANZI.length)]);
		}
		return builder.toString();
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 10000) / 10000.0;
	}

	private record Industry(String name, String zh, String[] products, String[] productsZh) {

		String slug() {
			return this.name.replace(' ', '-');
		}

	}

}
