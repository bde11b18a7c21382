package app.tribune.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form log-in for the back office through our own JSF login page, so the page can speak the
 * editor's language and the log-in goes through {@code SecurityContext.authenticate}. A redirect
 * (not a forward) to the login page keeps the browser's address honest.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/admin/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
@ApplicationScoped
public class BackOfficeSecurity {}
