package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Secrets every node of a deployment shares, kept in the database and made at first use: of two nodes making the
 * same one at once, the insert of one fails on the key and it reads the other's.
 */
@Stateless
public class PortalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] secret(String name) {
        List<?> known = em.createNativeQuery("select secret from portal_secret where name = ?")
                .setParameter(1, name).getResultList();
        if (!known.isEmpty()) {
            return Base64.getDecoder().decode(known.get(0).toString());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        em.createNativeQuery("insert into portal_secret (name, secret) values (?, ?)").setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(secret)).executeUpdate();
        return secret;
    }
}
