package nl.samenduurzaam.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.assessment.boundary.CriterionView;
import nl.samenduurzaam.portal.role.boundary.CatalogueEntry;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functional administrator's reference data: the themes (add, rename), the municipal role catalogue (offered
 * or not) and the assessment criteria's weights.
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Themes themes;

    @Inject
    private MunicipalRoles roles;

    @Inject
    private Assessments assessments;

    private List<ThemeSummary> themeList;
    private List<CatalogueEntry> catalogue;
    private List<CriterionView> criteria;
    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, String> dutchNames = new HashMap<>();
    private final Map<String, String> englishNames = new HashMap<>();
    private String newCode;
    private String newNameNl;
    private String newNameEn;

    @PostConstruct
    void load() {
        themeList = themes.all();
        themeList.forEach(theme -> {
            dutchNames.put(theme.code(), theme.nameNl());
            englishNames.put(theme.code(), theme.nameEn());
        });
        catalogue = roles.allRoles();
        criteria = assessments.criteria();
        criteria.forEach(criterion -> weights.put(criterion.code(), criterion.weight()));
    }

    public void addTheme() {
        ThemeSummary added = themes.add(newCode, newNameNl, newNameEn);
        Messages.addGlobalInfo("admin.theme.added", added.code());
        newCode = null;
        newNameNl = null;
        newNameEn = null;
        load();
    }

    public void rename(ThemeSummary theme) {
        themes.rename(theme.code(), dutchNames.get(theme.code()), englishNames.get(theme.code()));
        Messages.addGlobalInfo("admin.theme.renamed", theme.code());
        load();
    }

    public void toggleOffered(CatalogueEntry entry) {
        roles.changeOffered(entry.role().code(), !entry.offered());
        Messages.addGlobalInfo(entry.offered() ? "admin.role.withdrawn" : "admin.role.offered",
                entry.role().nameNl());
        load();
    }

    public void saveWeights() {
        for (CriterionView criterion : criteria) {
            Integer weight = weights.get(criterion.code());
            if (weight != null && weight != criterion.weight()) {
                assessments.changeWeight(criterion.code(), weight);
            }
        }
        Messages.addGlobalInfo("admin.weights.saved");
        load();
    }

    public List<ThemeSummary> getThemeList() {
        return themeList;
    }

    public List<CatalogueEntry> getCatalogue() {
        return catalogue;
    }

    public List<CriterionView> getCriteria() {
        return criteria;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    public Map<String, String> getDutchNames() {
        return dutchNames;
    }

    public Map<String, String> getEnglishNames() {
        return englishNames;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameNl() {
        return newNameNl;
    }

    public void setNewNameNl(String newNameNl) {
        this.newNameNl = newNameNl;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }
}
