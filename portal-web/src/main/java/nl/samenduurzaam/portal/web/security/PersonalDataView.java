package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.PersonalDataExport;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** "My data": the download of everything the portal keeps about the person logged in. */
@Named
@RequestScoped
public class PersonalDataView {

    @Inject
    private PersonalDataExport export;

    public void download() throws IOException {
        Faces.sendFile(export.export(), "samen-duurzaam-mijn-gegevens-" + Faces.getRemoteUser() + ".json", true);
    }
}
