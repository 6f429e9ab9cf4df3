package nl.participatie.demo;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import nl.participatie.budgetmonitoring.BudgetData;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.examples.SamenspelWalkthrough;
import nl.participatie.examples.buurtschouw.IndischeBuurt;
import nl.participatie.samenspel.StaffEvidence;
import nl.participatie.youthmanifesto.ManifestoGroupRules;

/**
 * The municipality's rules and reference data as beans, which the starter builds the facades with (the same the
 * walkthroughs use), and the web settings: Dutch first, {@code ?lang=en} switches.
 */
@Configuration
public class DemoConfiguration implements WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    /** The budgets and realisations the budget rounds name; reference data outside the events. */
    @Bean
    public BudgetData budgetData() {
        return new BudgetData();
    }

    /** Reports must lie within the Indische Buurt's neighbourhoods, drawn on the map from the same boundaries. */
    @Bean
    public ReportRules reportRules() {
        return ReportRules.defaults().withBoundaries(IndischeBuurt.boundaries()).withTarget(Theme.GREEN, QualityLevel.A);
    }

    /** Kanaleneiland's group takes its three best-scoring topics into the manifesto. */
    @Bean
    public ManifestoGroupRules manifestoGroupRules() {
        return ManifestoGroupRules.defaults().withTopTopics(3);
    }

    /** What the other methods say about Waddinxveen's staff (the walkthrough's figures). */
    @Bean
    public StaffEvidence staffEvidence() {
        return SamenspelWalkthrough::staffEvidence;
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("demo-lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
        resolver.setCookieMaxAge(Duration.ofDays(30));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        registry.addInterceptor(lang);
    }

    /** Says where the data are kept as soon as the database is there. */
    @Bean
    public DatabaseAnnouncement databaseAnnouncement(DataSource dataSource, Environment env) {
        String url = env.getProperty("spring.datasource.url", "");
        LOG.info("Demo database: {}", url.startsWith("jdbc:h2:file:")
                ? "H2 file " + url.substring("jdbc:h2:file:".length()).replaceFirst(";.*", "") + ".mv.db" : url.replaceFirst("\\?.*", ""));
        return new DatabaseAnnouncement(url);
    }

    /** The database URL the demo was started with (for the home page). */
    public record DatabaseAnnouncement(String url) {
    }

    /** The address to open, printed once the server listens and the demo data are there. */
    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        System.out.println("Open http://localhost:" + event.getApplicationContext().getEnvironment().getProperty("local.server.port") + "/");
    }
}
