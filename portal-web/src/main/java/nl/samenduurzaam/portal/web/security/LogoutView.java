package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.omnifaces.util.Faces;

import java.io.IOException;

@Named
@RequestScoped
public class LogoutView {

    public void logout() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("index.xhtml?loggedOut=true");
    }
}
